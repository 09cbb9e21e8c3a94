import { afterEach, describe, expect, it, vi } from "vitest";
import { holdEarlyTaps, replayEarlyTaps } from "./early-taps";

function prerendered(html: string): HTMLElement {
  const root = document.createElement("div");
  root.innerHTML = html;
  document.body.append(root);
  return root;
}

afterEach(() => {
  replayEarlyTaps();
  document.body.innerHTML = "";
});

describe("taps made before the app has started", () => {
  it("are held, so a prerendered button's tap does nothing yet", () => {
    const root = prerendered('<form><button type="submit">Save</button></form>');
    const submitted = vi.fn((event: Event) => event.preventDefault());
    root.querySelector("form")?.addEventListener("submit", submitted);
    holdEarlyTaps(root);
    root.querySelector("button")?.click();
    expect(submitted).not.toHaveBeenCalled();
  });

  it("are replayed on the same button when the app kept it", () => {
    const root = prerendered("<button>I felt the urge to crack my back</button>");
    const button = root.querySelector("button") as HTMLButtonElement;
    holdEarlyTaps(root);
    button.click();
    const handler = vi.fn();
    button.addEventListener("click", handler);
    expect(replayEarlyTaps()).toBe(1);
    expect(handler).toHaveBeenCalledTimes(1);
  });

  it("are replayed once each, in order, and never again after the app has started", () => {
    const root = prerendered("<button>One</button><button>Two</button>");
    const [one, two] = [...root.querySelectorAll("button")] as HTMLButtonElement[];
    holdEarlyTaps(root);
    one?.click();
    two?.click();
    const order: string[] = [];
    one?.addEventListener("click", () => order.push("one"));
    two?.addEventListener("click", () => order.push("two"));
    replayEarlyTaps();
    expect(order).toEqual(["one", "two"]);
    expect(replayEarlyTaps()).toBe(0);
    one?.click();
    expect(order).toEqual(["one", "two", "one"]);
  });

  it("land on the one button with the same words when the screen changed meanwhile", () => {
    const root = prerendered("<button>I felt the urge to crack my back</button>");
    holdEarlyTaps(root);
    root.querySelector("button")?.click();
    root.innerHTML =
      "<h1>Your journal</h1><button>Check in</button><button>I felt the urge to crack my back</button>";
    const handler = vi.fn();
    root.querySelectorAll("button")[1]?.addEventListener("click", handler);
    expect(replayEarlyTaps()).toBe(1);
    expect(handler).toHaveBeenCalledTimes(1);
  });

  it("are dropped when no button, or more than one, has the same words, or the button is disabled", () => {
    const root = prerendered("<button>Start</button><button>Stop</button><button>Go</button>");
    holdEarlyTaps(root);
    for (const button of root.querySelectorAll("button")) button.click();
    root.innerHTML = "<button>Stop</button><button>Stop</button><button disabled>Go</button>";
    const handler = vi.fn();
    for (const button of root.querySelectorAll("button")) button.addEventListener("click", handler);
    expect(replayEarlyTaps()).toBe(0);
    expect(handler).not.toHaveBeenCalled();
  });

  it("leave links alone: they work without the app", () => {
    const root = prerendered('<a href="#/journal">Journal</a>');
    holdEarlyTaps(root);
    const link = root.querySelector("a") as HTMLAnchorElement;
    const seen = vi.fn((event: Event) => event.defaultPrevented);
    document.addEventListener("click", seen);
    link.click();
    document.removeEventListener("click", seen);
    expect(seen).toHaveReturnedWith(false);
  });
});
