// Sends email through SMTP when SMTP_URL is set; otherwise keeps it in the outbox table, where
// the outbox page shows it. Without SMTP_URL the server only starts on a loopback address
// (config.server.ts), so only a person at this computer can read the outbox.
import { desc } from "drizzle-orm";
import nodemailer, { type Transporter } from "nodemailer";
import { db } from "~/data/db.server";
import { outboxMessages } from "~/data/schema";
import { config } from "./config.server";
import { log } from "./log.server";

export type Mail = {
  to: string;
  subject: string;
  text: string;
  /** Files sent with the email over SMTP (e.g. a calendar invitation); the outbox keeps the text only. */
  attachments?: { filename: string; content: string; contentType: string }[];
};

let transport: Transporter | undefined;

export async function sendMail(mail: Mail): Promise<void> {
  if (config.SMTP_URL) {
    transport ??= nodemailer.createTransport(config.SMTP_URL);
    await transport.sendMail({ from: config.MAIL_FROM, ...mail });
    log("info", "mail sent", { via: "smtp" });
    return;
  }
  const { to, subject, text, attachments = [] } = mail;
  const listed = attachments.length > 0 ? `\n\n[Attached: ${attachments.map((a) => a.filename).join(", ")}]` : "";
  await db.insert(outboxMessages).values({ to, subject, text: text + listed });
  log("info", "mail stored", { via: "outbox" });
}

export async function listOutbox(limit = 50) {
  return db.select().from(outboxMessages).orderBy(desc(outboxMessages.createdAt)).limit(limit);
}
