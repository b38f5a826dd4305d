// Code list: accounts and organisations. What an emailed single-use link is for, a person's role
// in an organisation and the state of a booking with an adviser (docs/decisions/024-code-lists.md).

export const EMAIL_TOKEN_PURPOSES = ["verify_email", "reset_password"] as const;
export type EmailTokenPurpose = (typeof EMAIL_TOKEN_PURPOSES)[number];

export const ORG_ROLES = ["adviser", "admin"] as const;
export type OrgRole = (typeof ORG_ROLES)[number];

export const BOOKING_STATUSES = ["booked", "cancelled"] as const;
export type BookingStatus = (typeof BOOKING_STATUSES)[number];
