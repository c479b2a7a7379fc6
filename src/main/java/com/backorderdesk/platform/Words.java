package com.backorderdesk.platform;

import java.util.Locale;

/** A status or kind as people read it ({@code PARTIALLY_COMPLETED} is "partially completed"), and counts with their nouns. */
public final class Words {

    private Words() {
    }

    public static String of(Object constant) {
        return constant == null ? "" : constant.toString().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** A count with its noun, "1 order", "-1 order", "3 orders", "+2 orders" (the count as given, a number or signed text). */
    public static String count(Object count, String noun) {
        String text = String.valueOf(count);
        String digits = text.replaceFirst("^[+-]", "");
        return text + " " + (digits.equals("1") ? noun : noun + "s");
    }
}
