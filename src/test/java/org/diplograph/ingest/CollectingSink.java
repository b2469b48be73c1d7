package org.diplograph.ingest;

import org.diplograph.facts.Article;

import java.util.ArrayList;
import java.util.List;

/** Keeps what a reader reports, for assertions. */
class CollectingSink implements ArticleSink {
    final List<Article> articles = new ArrayList<>();
    final List<ReadProblem> problems = new ArrayList<>();

    @Override
    public void article(Article article) {
        articles.add(article);
    }

    @Override
    public void problem(ReadProblem problem) {
        problems.add(problem);
    }

    Article only() {
        if (articles.size() != 1 || !problems.isEmpty())
            throw new AssertionError("expected one article and no problem, got " + articles + " " + problems);
        return articles.get(0);
    }

    ReadProblem onlyProblem() {
        if (problems.size() != 1 || !articles.isEmpty())
            throw new AssertionError("expected one problem and no article, got " + problems + " " + articles);
        return problems.get(0);
    }
}
