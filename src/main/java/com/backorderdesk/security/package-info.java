/**
 * Who may do what: users with hashed passwords and roles, the Jakarta Security mechanism
 * (form login for pages, HTTP Basic for the API, login throttling), CSRF protection, security
 * headers, and the audit trail of who did what.
 */
package com.backorderdesk.security;
