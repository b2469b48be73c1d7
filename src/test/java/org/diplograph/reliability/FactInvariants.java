package org.diplograph.reliability;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.diplograph.facts.Article;
import org.diplograph.facts.ArticleFacts;
import org.diplograph.facts.Span;

/** Checks that hold for the facts of any article, however odd its text: every span indexes the article's text. */
final class FactInvariants {
    private FactInvariants() {
    }

    /** Throws AssertionError naming the first span that does not index {@code facts.article()}'s text. */
    static void check(ArticleFacts facts) {
        Article a = facts.article();
        for (Span s : spans(facts)) {
            int begin = s.begin() - a.offset(), end = s.end() - a.offset();
            if (begin < 0 || end > a.text().length() || !a.text().substring(begin, end).equals(s.text()))
                throw new AssertionError("span " + s + " does not index the article text (offset " + a.offset()
                        + ", length " + a.text().length() + ")");
        }
    }

    /** Every {@link Span} reachable from the facts' records and lists (but not the article's own title spans). */
    static List<Span> spans(ArticleFacts facts) {
        List<Span> found = new ArrayList<>();
        for (RecordComponent c : ArticleFacts.class.getRecordComponents())
            if (!c.getName().equals("article"))
                collect(value(c, facts), found);
        return found;
    }

    private static void collect(Object value, List<Span> found) {
        if (value instanceof Span s)
            found.add(s);
        else if (value instanceof Collection<?> items)
            items.forEach(item -> collect(item, found));
        else if (value != null && value.getClass().isRecord())
            for (RecordComponent c : value.getClass().getRecordComponents())
                collect(value(c, value), found);
    }

    private static Object value(RecordComponent c, Object record) {
        try {
            return c.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
