/**
 * The signed-in person's private calendar link: a calendar app subscribed to it follows every change of
 * the plan. The link is shown once when made; it can be replaced (the old one stops at once) or stopped.
 */
import { useEffect, useState } from "preact/hooks";
import { callApi } from "../account/server-api";

type Feed = { createdAt: string } | null;

export function CalendarFeed() {
  const [feed, setFeed] = useState<Feed | undefined>(undefined);
  const [url, setUrl] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    void callApi<{ feed: Feed }>("/api/calendar-feed").then((answer) =>
      answer.ok ? setFeed(answer.body.feed) : setProblem(answer.problem.message),
    );
  }, []);
  const make = async () => {
    const answer = await callApi<{ feed: Feed; url: string }>("/api/calendar-feed", {
      method: "POST",
      body: {},
    });
    if (!answer.ok) return setProblem(answer.problem.message);
    setFeed(answer.body.feed);
    setUrl(answer.body.url);
    setProblem(null);
  };
  const stop = async () => {
    const answer = await callApi("/api/calendar-feed", { method: "DELETE", body: {} });
    // Withdrawing a feed the server no longer has leaves things as the person wants them.
    if (!answer.ok && answer.problem.code !== "not_found") return setProblem(answer.problem.message);
    setFeed(null);
    setUrl(null);
  };
  return (
    <div class="plan-feed" data-testid="plan-feed">
      <h3>A calendar link that follows your plan</h3>
      <p class="muted">
        Add it to your calendar app as a subscription: when you change the plan, your calendar changes too.
        Keep it private; anyone with the link sees your plan's times.
      </p>
      {url && (
        <label class="field">
          Your calendar link (shown once: copy it now)
          <input
            type="text"
            readOnly
            value={url}
            data-testid="plan-feed-url"
            onFocus={(e) => e.currentTarget.select()}
          />
        </label>
      )}
      {feed && !url && (
        <p data-testid="plan-feed-active">
          You made a calendar link on {new Date(feed.createdAt).toLocaleDateString()}. Replace it if you lost
          it.
        </p>
      )}
      <div class="actions">
        <button type="button" class="button" onClick={make} data-testid="plan-feed-make">
          {feed ? "Replace the link" : "Make a calendar link"}
        </button>
        {feed && (
          <button type="button" class="button" onClick={stop} data-testid="plan-feed-stop">
            Stop the link
          </button>
        )}
      </div>
      {problem && (
        <p class="field-error" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
