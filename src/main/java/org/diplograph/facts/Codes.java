package org.diplograph.facts;

import java.util.Locale;

/** The lower-case, hyphenated spelling of enum constants in JSON Lines and data files ({@code STATE_BODY} as {@code state-body}). */
final class Codes {
    private Codes() {
    }

    static String code(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static <E extends Enum<E>> E of(Class<E> type, String code) {
        for (E constant : type.getEnumConstants())
            if (code(constant).equals(code))
                return constant;
        throw new IllegalArgumentException("no " + type.getSimpleName() + " spelled '" + code + "'");
    }
}
