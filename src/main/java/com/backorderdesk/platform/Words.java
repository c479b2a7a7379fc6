package com.backorderdesk.platform;

import java.util.Locale;

/** A status or kind as people read it: {@code PARTIALLY_COMPLETED} is "partially completed". */
public final class Words {

    private Words() {
    }

    public static String of(Object constant) {
        return constant == null ? "" : constant.toString().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
