package org.diplograph.ingest;

import org.diplograph.facts.Article;

/** Receives what readers find, one article or problem at a time, so that nothing holds a whole corpus. */
public interface ArticleSink {
    void article(Article article);

    void problem(ReadProblem problem);
}
