/**
 * A client's caregivers and contacts (issue 22, items 1 and 6): who they are to the client, how to reach them (a
 * phone number checked and kept in E.164, an email), the language they read, and per channel whether the client
 * consents to contacting them. Kept like the rest of the record: every change is a timeline line, a removed contact
 * stays (marked removed). Reminders read {@link org.casecoordination.contacts.ClientContacts#reachableBy}.
 */
package org.casecoordination.contacts;
