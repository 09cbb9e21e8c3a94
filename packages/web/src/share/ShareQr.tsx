/**
 * The share link as a QR code to show across the desk, drawn by `uqr` (a kept library, never a hand-written
 * encoder) as an SVG image: always dark on white with a quiet zone, so phone cameras read it in dark mode too.
 */
import { renderSVG } from "uqr";

export function ShareQr({ url }: { readonly url: string }) {
  // Medium error correction: still readable from a scratched or glare-covered phone screen.
  const svg = renderSVG(url, { ecc: "M", border: 4, pixelSize: 8 });
  return (
    <img
      class="share-qr"
      src={`data:image/svg+xml,${encodeURIComponent(svg)}`}
      alt="QR code of the share link, for the clinician's phone or tablet camera"
      data-testid="share-qr"
      width={240}
      height={240}
    />
  );
}
