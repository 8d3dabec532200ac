// For tests only (exported from @plan/store/testing): a webhook receiver on this machine, on
// 127.0.0.1 and on ::1, that records the path of every request it gets and answers as the test
// says (204 by default), so that tests of where reminders may go can see what arrived.

import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface WebhookReceiver {
  /** The port on 127.0.0.1, and the one on ::1. */
  readonly port4: number;
  readonly port6: number;
  /** The path of each request received since the last reset. */
  readonly received: string[];
  /** How the next requests are answered. */
  answer: (res: ServerResponse) => void;
  /** Forgets what was received and answers 204 again. */
  reset(): void;
  close(): void;
}

const listen = (server: Server, host: string) => new Promise<number>((resolve) => server.listen(0, host, () => resolve((server.address() as AddressInfo).port)));

export const startWebhookReceiver = async (): Promise<WebhookReceiver> => {
  const servers: Server[] = [];
  const receiver = {
    received: [] as string[],
    answer: (res: ServerResponse) => void res.writeHead(204).end(),
    reset() {
      receiver.received.length = 0;
      receiver.answer = (res) => void res.writeHead(204).end();
    },
    close() {
      for (const server of servers) {
        server.closeAllConnections();
        server.close();
      }
    },
  };
  const handler = (req: IncomingMessage, res: ServerResponse) => {
    req.resume();
    req.on("end", () => {
      receiver.received.push(req.url ?? "");
      receiver.answer(res);
    });
  };
  servers.push(createServer(handler), createServer(handler));
  const [port4, port6] = await Promise.all([listen(servers[0]!, "127.0.0.1"), listen(servers[1]!, "::1")]);
  return Object.assign(receiver, { port4, port6 });
};
