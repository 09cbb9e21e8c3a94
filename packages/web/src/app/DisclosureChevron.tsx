/** The chevron at the end of a `<summary>`: decorative; its class lets each disclosure turn it when open. */
export function DisclosureChevron({ class: className }: { readonly class: string }) {
  return (
    <svg class={className} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d="M5 9l7 7 7-7" fill="none" stroke="currentColor" stroke-width="3" stroke-linecap="round" />
    </svg>
  );
}
