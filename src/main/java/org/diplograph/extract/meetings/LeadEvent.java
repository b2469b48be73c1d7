package org.diplograph.extract.meetings;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.diplograph.extract.events.Actor;
import org.diplograph.extract.events.ArticleIndex;
import org.diplograph.extract.events.EventDates;
import org.diplograph.extract.text.Sentence;
import org.diplograph.extract.text.Tokens;
import org.diplograph.facts.Article;
import org.diplograph.facts.Span;
import org.diplograph.facts.TimeFact;
import org.diplograph.facts.Timex;

/**
 * The event an article reports, as its lead sentence (the one opening with the dateline) dates it: "BASSETERRE,
 * St. Kitts and Nevis: US Secretary of State Marco Rubio on Wednesday defended ...". A later, undated report of
 * a meeting of the same person ("Rubio had other one-on-one meetings ...") refers to that event and takes its
 * date; so does its place, the dateline. Only a day within a week before publication counts as the lead date.
 */
record LeadEvent(String date, Set<String> persons, Place dateline) {
    static final LeadEvent NONE = new LeadEvent(null, Set.of(), Place.NONE);

    static LeadEvent of(ArticleIndex index, List<Sentence> sentences, List<List<Actor>> actors) {
        Article article = index.context().article();
        Span line = article.datelineSpan();
        if (line == null)
            return NONE;
        int local = line.begin() - article.offset();
        for (Sentence s : sentences)
            if (s.contains(local) || s.begin() > local)
                return new LeadEvent(date(index, s, article.published()), actors.get(s.index()).stream()
                        .filter(a -> a.kind() == Actor.Kind.PERSON).map(Actor::personKey).collect(Collectors.toSet()),
                        dateline(index, article, local));
        return NONE;
    }

    /**
     * The date a press release prints alone on the line under its headline ("Secretary Blinken's Call with Polish
     * Foreign Minister Rau" / "2021-06-18"): the day of the contact the headline reports. Null when the second line
     * is not one day alone.
     */
    static String headlineDate(ArticleIndex index, List<Sentence> sentences) {
        if (sentences.size() < 2)
            return null;
        Sentence headline = sentences.get(0), line = sentences.get(1);
        Tokens t = line.tokens();
        if (t.paragraphOfToken(line.articleToken(0)) == t.paragraphOfToken(headline.articleToken(0)))
            return null;
        // SUTime may run the date on into a URL below it ("2024-02-23\nhttps://.../2024/02/23")
        List<ArticleIndex.Mention<TimeFact>> times = index.times().stream()
                .filter(m -> m.begin() >= line.begin() && m.begin() < line.end()).toList();
        if (times.size() != 1)
            return null;
        ArticleIndex.Mention<TimeFact> m = times.get(0);
        for (int i = 0; i < line.size(); i++)
            if (!t.isPunct(line.articleToken(i)) && (line.begin(i) < m.begin() || line.end(i) > m.end()))
                return null;
        String value = EventDates.calendar(m.fact().value());
        LocalDate[] range = value == null ? null : Timex.rangeOf(value);
        return range != null && range[0].equals(range[1]) ? value : null;
    }

    private static String date(ArticleIndex index, Sentence s, LocalDate published) {
        if (published == null)
            return null;
        for (ArticleIndex.Mention<TimeFact> m : ArticleIndex.within(index.times(), s.begin(), s.end())) {
            String value = EventDates.calendar(m.fact().value());
            LocalDate[] range = value == null ? null : Timex.rangeOf(value);
            if (range != null && range[0].equals(range[1]) && !range[0].isAfter(published)
                    && !range[0].isBefore(published.minusDays(7)))
                return value;
        }
        return null;
    }

    /** "BASSETERRE, St. Kitts and Nevis" is Basseterre, in the country named or whose capital it is. */
    private static Place dateline(ArticleIndex index, Article article, int local) {
        String text = article.dateline();
        String city = text.split(",")[0].strip();
        String name = city.equals(city.toUpperCase(java.util.Locale.ROOT)) ? titleCase(city) : city;
        int end = local + text.length();
        String iso = null;
        for (ArticleIndex.Mention<org.diplograph.facts.CountryMention> m : index.countries())
            if (m.begin() >= local && m.end() <= end && iso == null)
                iso = m.fact().iso2();
        for (ArticleIndex.Mention<org.diplograph.facts.PlaceFact> m : index.places())
            if (m.begin() >= local && m.end() <= end && iso == null)
                iso = m.fact().countryIso2();
        return new Place(name, iso);
    }

    private static String titleCase(String upper) {
        StringBuilder sb = new StringBuilder();
        boolean start = true;
        for (char c : upper.toCharArray()) {
            sb.append(start ? c : Character.toLowerCase(c));
            start = !Character.isLetter(c);
        }
        return sb.toString();
    }

    boolean covers(Draft d) {
        return date != null && d.parties().stream().anyMatch(p -> persons.contains(p.actor().personKey()));
    }
}
