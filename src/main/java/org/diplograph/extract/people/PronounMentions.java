package org.diplograph.extract.people;

import java.util.ArrayList;
import java.util.List;

import org.diplograph.extract.ExtractionContext;
import org.diplograph.extract.text.Pronouns;
import org.diplograph.extract.text.Tokens;

/**
 * He, she, his, her: joined to a person by the one pronoun policy ({@link Pronouns}): the only person of a
 * compatible gender named from the start of the previous sentence up to the pronoun, or, where no one who fits is
 * named there, in the nearest of the three sentences before that names one ("His comments came as President George
 * W Bush said ... But he said ... His comments come three days before he is due to meet"; only names count, since a
 * chain of pronouns would join one guess to the next). A pronoun inside a quotation
 * (where "he" may be anyone the speaker talks about) is left alone, and so is a name inside one as its antecedent
 * ("“We will work with Trump,” he said": he is not Trump). Anything less clear stays unresolved. The meeting and
 * relation rules read these decisions from the persons' mentions and resolve no "he" of their own.
 */
final class PronounMentions {
    private static final int LOOK_BACK = 3;

    private PronounMentions() {
    }

    static void resolve(ExtractionContext context, Tokens t, List<PersonFindings> holders) {
        String text = context.article().text();
        int offset = context.article().offset();
        for (int i = 0; i < t.size(); i++) {
            if (!Pronouns.isPersonal(t.word(i)) || !t.tag(i).startsWith("PRP") || insideQuote(t, i))
                continue;
            int sentence = t.sentence(i);
            List<PersonFindings> fitting = List.of();
            // from the previous sentence up to the pronoun; where that names no one who fits, one sentence further
            // back at a time, up to three
            int to = i;
            for (int back = 1; back <= LOOK_BACK && sentence - back >= -1 && fitting.isEmpty(); back++) {
                int from = t.sentenceStart(Math.max(0, sentence - back));
                List<PersonFindings> inReach = new ArrayList<>();
                for (PersonFindings h : holders)
                    if (mentionedIn(t, h, from, to))
                        inReach.add(h);
                fitting = Pronouns.fitting(t.word(i), inReach, h -> h.gender(text, offset));
                to = from;
                if (sentence - back <= 0)
                    break;
            }
            PersonFindings only = Pronouns.sole(fitting);
            if (only != null)
                only.moreMentions.add(context.span(t.begin(i), t.end(i)));
        }
    }

    /** Named in tokens {@code [from, to)}, outside quotations. */
    private static boolean mentionedIn(Tokens t, PersonFindings h, int from, int to) {
        for (int[] name : h.names)
            if (name[0] >= from && name[1] <= to && !insideQuote(t, name[0]))
                return true;
        return false;
    }

    /** Whether the last quotation mark before token {@code i}, within three sentences, opens a quote. */
    private static boolean insideQuote(Tokens t, int i) {
        for (int k = i - 1; k >= 0 && t.sentence(k) >= t.sentence(i) - 3; k--) {
            if (t.tag(k).equals("``"))
                return true;
            if (t.tag(k).equals("''"))
                return false;
        }
        return false;
    }
}
