package org.diplograph.extract.time;

import java.util.Locale;

/**
 * The JVM's default locale set to en_GB only while HeidelTime runs. HeidelTime computes weeks with
 * {@code Calendar.getInstance()}, whose first day of the week and week numbering come from the default locale (en_US
 * weeks start on Sunday: "next week" in a Sunday article would be a week late), and its initialization sets the
 * default to en_GB for good. Each call into HeidelTime is bracketed by {@link #enter} and {@link #exit}: the first
 * thread in saves the default (the locale and its display and format categories), the last one out restores it.
 * While a thread is inside, other code of the JVM sees en_GB: HeidelTime offers no calendar of its own to pass.
 */
final class UkLocale {
    private static int inside;
    private static Locale saved, savedDisplay, savedFormat;

    private UkLocale() {
    }

    static synchronized void enter() {
        if (inside++ > 0)
            return;
        saved = Locale.getDefault();
        savedDisplay = Locale.getDefault(Locale.Category.DISPLAY);
        savedFormat = Locale.getDefault(Locale.Category.FORMAT);
        Locale.setDefault(Locale.UK);
    }

    static synchronized void exit() {
        if (--inside > 0)
            return;
        Locale.setDefault(saved);
        Locale.setDefault(Locale.Category.DISPLAY, savedDisplay);
        Locale.setDefault(Locale.Category.FORMAT, savedFormat);
    }
}
