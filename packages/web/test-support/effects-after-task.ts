/**
 * Component tests run Preact's after-paint effects on the next task instead of the next frame. Preact's own
 * frame wait arms a 35 ms timer that later calls `cancelAnimationFrame`; when a test file ends inside that
 * window, happy-dom has already removed the frame functions and the timer throws "cancelAnimationFrame is not
 * defined" after the file has passed, turning the run red.
 */
import { options } from "preact";

options.requestAnimationFrame = (flush) => {
  setTimeout(flush, 0);
};
