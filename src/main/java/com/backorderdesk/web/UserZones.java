package com.backorderdesk.web;

import java.time.ZoneId;
import java.util.Optional;

/** The time zone a user chose to read times in (security keeps the users; the pages only ask). */
public interface UserZones {

    /** The zone the user chose, or empty for the system's zone. */
    Optional<ZoneId> of(String username);
}
