package org.diplograph.extract.entities;

import java.util.HashMap;
import java.util.Map;

import org.diplograph.extract.ExtractionContext;
import org.diplograph.facts.CountryMention;

/** The country mentions found so far, looked up by where they begin and end in the article text (local offsets). */
final class CountrySpans {
    private final Map<Integer, CountryMention> byBegin = new HashMap<>();
    private final Map<Integer, CountryMention> byEnd = new HashMap<>();
    private final int offset;

    CountrySpans(ExtractionContext context) {
        offset = context.article().offset();
        for (CountryMention c : context.countries()) {
            if ("anaphor".equals(c.form()))
                continue;
            byBegin.put(c.span().begin() - offset, c);
            byEnd.put(c.span().end() - offset, c);
        }
    }

    CountryMention startingAt(int localBegin) {
        return byBegin.get(localBegin);
    }

    CountryMention endingAt(int localEnd) {
        return byEnd.get(localEnd);
    }

    /** The country named right before {@code localBegin}: "Pakistan's X", "Russia’s X", "the Russian X", "US X". */
    CountryMention qualifying(String text, int localBegin) {
        int i = localBegin;
        while (i > 0 && text.charAt(i - 1) == ' ')
            i--;
        for (String possessive : new String[] {"'s", "’s", "'", "’"})
            if (i >= possessive.length() && text.startsWith(possessive, i - possessive.length())
                    && endingAt(i - possessive.length()) != null)
                return endingAt(i - possessive.length());
        return i < localBegin ? endingAt(i) : null;
    }

    int local(int documentOffset) {
        return documentOffset - offset;
    }
}
