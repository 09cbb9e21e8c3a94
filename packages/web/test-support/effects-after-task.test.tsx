import { render } from "preact";
import { useEffect } from "preact/hooks";
import { afterEach, describe, expect, it, vi } from "vitest";

const frameFunctions = {
  requestAnimationFrame: globalThis.requestAnimationFrame,
  cancelAnimationFrame: globalThis.cancelAnimationFrame,
};

afterEach(() => {
  Object.assign(globalThis, frameFunctions);
});

describe("effects in component tests", () => {
  it("run after the render without the frame functions happy-dom removes when a file ends", async () => {
    const ran = vi.fn();
    function Effectful() {
      useEffect(ran, []);
      return <p>rendered</p>;
    }
    // Preact's own render, not Testing Library's (whose act() flushes effects at once).
    render(<Effectful />, document.body.appendChild(document.createElement("div")));
    // As at the end of a test file: the environment's frame functions are gone before the effect's turn.
    Reflect.deleteProperty(globalThis, "requestAnimationFrame");
    Reflect.deleteProperty(globalThis, "cancelAnimationFrame");
    await vi.waitFor(() => expect(ran).toHaveBeenCalledTimes(1));
    await new Promise((resolve) => setTimeout(resolve, 50));
  });
});
