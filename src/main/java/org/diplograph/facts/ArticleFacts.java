package org.diplograph.facts;

import java.util.List;


/** Everything extracted from one article. Immutable; all spans index the article's source document. */
public record ArticleFacts(Article article, String contentHash, List<CountryMention> countries,
                           List<PersonFact> people, List<OrganizationFact> organizations, List<PlaceFact> places,
                           List<TimeFact> times, List<MeetingFact> meetings, List<StatementFact> statements,
                           List<RelationFact> relations) {
    public ArticleFacts {
        countries = List.copyOf(countries);
        people = List.copyOf(people);
        organizations = List.copyOf(organizations);
        places = List.copyOf(places);
        times = List.copyOf(times);
        meetings = List.copyOf(meetings);
        statements = List.copyOf(statements);
        relations = List.copyOf(relations);
    }
}
