import { announcement } from "./live-region";

export function LiveRegion() {
  return (
    <div
      class="visually-hidden"
      role="status"
      aria-live="polite"
      aria-atomic="true"
      data-testid="live-region"
    >
      {announcement.value}
    </div>
  );
}
