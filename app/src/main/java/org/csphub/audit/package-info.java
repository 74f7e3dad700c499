/**
 * The append-only audit log: who did what, when, from where, to which record, with what outcome.
 * Every module records sign-ins, changes and every read of personal data here. Nothing in the
 * application can change or remove an entry, and the database refuses to as well.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package org.csphub.audit;
