package org.diplograph.extract.people;

import java.util.ArrayList;
import java.util.List;

import org.diplograph.extract.text.Genders;
import org.diplograph.facts.OrganizationKind;
import org.diplograph.facts.PersonFact;
import org.diplograph.facts.Span;

/** What the official rules learn about one person of the article before it becomes a {@link PersonFact} again. */
final class PersonFindings {
    final PersonFact person;
    /** Token ranges {@code [first, end)} of the person's name mentions. */
    final List<int[]> names = new ArrayList<>();
    final List<PostFinder.Found> found = new ArrayList<>();
    final List<Span> moreMentions = new ArrayList<>();
    /** The country of a national delegation the person is in, if any. */
    String delegationIso2;
    /** "Lord", "Baroness" when the text writes the name after a peer's style ("Lord Falconer"), else null. */
    String peerage;
    /** A title of the text says the person is out of government ("Opposition spokesman", "ousted president"). */
    boolean outsideGovernment;

    PersonFindings(PersonFact person) {
        this.person = person;
    }

    /** Posts that make the holder an official: not blocked ("former"), not a private role. */
    List<PostFinder.Found> offices() {
        return found.stream().filter(this::isOfficial).toList();
    }

    /** Whether the found title is an office of a state or an intergovernmental body. */
    boolean isOfficial(PostFinder.Found f) {
        if (f.blocked() || f.title().scope() == TitleLexicon.Scope.PRIVATE)
            return false;
        if (f.organization() != null)
            return f.organization().kind() != OrganizationKind.OTHER;
        return f.title().scope() == TitleLexicon.Scope.STATE || countryOf(f) != null;
    }

    /** The country the title is held for: as qualified, else the organization's, else the delegation's. */
    String countryOf(PostFinder.Found f) {
        if (f.iso2() != null)
            return f.iso2();
        if (f.organization() != null && f.organization().countryIso2() != null)
            return f.organization().countryIso2();
        return f.organization() == null || f.organization().kind() != OrganizationKind.INTERGOVERNMENTAL ? delegationIso2 : null;
    }

    /** The country of the first office held for one, or null. */
    String country() {
        for (PostFinder.Found f : found)
            if (isOfficial(f) && countryOf(f) != null)
                return countryOf(f);
        return delegationIso2;
    }

    /** The gender the name or an honorific says ("Marco Rubio", "Mrs Howard"), else UNKNOWN. */
    Genders.Gender gender(String text, int offset) {
        return Genders.ofPerson(person.name(), person.mentions(), text, offset);
    }

    /** Whether the holder has an office {@code reference} can stand for, held for {@code iso2} when not null. */
    boolean holds(TitleMatch reference, String iso2) {
        for (PostFinder.Found f : found)
            if (isOfficial(f) && reference.standsFor(f.title()) && (iso2 == null || iso2.equals(countryOf(f))))
                return true;
        return false;
    }

    /** Whether the holder has an office, held for {@code iso2}, whose title {@code reference} is the head word of. */
    boolean holdsHead(TitleMatch reference, String iso2) {
        for (PostFinder.Found f : found)
            if (isOfficial(f) && reference.headOf(f.title()) && iso2.equals(countryOf(f)))
                return true;
        return false;
    }
}
