package com.backorderdesk.security;

/**
 * CLERK: orders and reads. MANAGER: also purchasing, transfers, stock adjustments, digests.
 * ADMIN: everything, including users and settings.
 */
public enum Role {
    CLERK, MANAGER, ADMIN;

    public static final String CLERK_NAME = "CLERK";
    public static final String MANAGER_NAME = "MANAGER";
    public static final String ADMIN_NAME = "ADMIN";
}
