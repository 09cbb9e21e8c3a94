/** The baseline: a bare Fastify hello route, run in its own process like the server under test. */
import Fastify from "fastify";

const app = Fastify({ logger: false });
app.get("/hello", async () => ({ hello: "world" }));
app.get("/readyz", async () => ({ ready: true }));
const address = await app.listen({ host: "127.0.0.1", port: 0 });
process.stdout.write(`listening on ${address}\n`);
