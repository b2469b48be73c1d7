package org.diplograph.serve;

import java.util.Set;

import org.apache.jena.query.Query;
import org.apache.jena.query.SortCondition;
import org.apache.jena.sparql.core.VarExprList;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprAggregator;
import org.apache.jena.sparql.expr.ExprFunction;
import org.apache.jena.sparql.expr.ExprFunctionOp;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.path.P_Path1;
import org.apache.jena.sparql.path.P_Path2;
import org.apache.jena.sparql.path.Path;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementAssign;
import org.apache.jena.sparql.syntax.ElementBind;
import org.apache.jena.sparql.syntax.ElementExists;
import org.apache.jena.sparql.syntax.ElementFilter;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementLateral;
import org.apache.jena.sparql.syntax.ElementMinus;
import org.apache.jena.sparql.syntax.ElementNamedGraph;
import org.apache.jena.sparql.syntax.ElementNotExists;
import org.apache.jena.sparql.syntax.ElementOptional;
import org.apache.jena.sparql.syntax.ElementPathBlock;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.ElementTriplesBlock;
import org.apache.jena.sparql.syntax.ElementUnion;

/**
 * Bounds on a SPARQL query's shape, checked once it is parsed and before Jena compiles and optimizes it: some of
 * Jena's steps there are quadratic or recursive in a query's size (an {@code IN} list of 40,000 items takes 5 s to
 * optimize, a chain of 3,000 {@code BIND}s or 20,000 {@code ||} overflows the stack; docs/RELIABILITY.md), and
 * none of them can be interrupted by the query's timeout. Within these bounds they take a fraction of a second.
 * Also refused: functions called by IRI outside the XPath and XSD libraries (Jena's extensions include
 * {@code afn:wait}, which sleeps, and library calls with no bound on their cost).
 */
final class QueryShape {
    /** Graph pattern elements: groups, FILTER, BIND, OPTIONAL, UNION branches, MINUS, GRAPH, subqueries… */
    static final int MAX_ELEMENTS = 500;
    /** Triple and path patterns. */
    static final int MAX_TRIPLES = 2_000;
    /** Expression nodes (functions, operators, variables, constants) in the whole query. */
    static final int MAX_EXPRESSION_NODES = 10_000;
    /** Arguments of one function or operator ({@code IN} lists, CONCAT, COALESCE); longer lists belong in VALUES. */
    static final int MAX_ARGUMENTS = 1_000;
    /** Nesting of expressions, patterns and property paths. */
    static final int MAX_DEPTH = 200;

    private static final Set<String> LIBRARIES = Set.of("http://www.w3.org/2005/xpath-functions#",
            "http://www.w3.org/2005/xpath-functions/math#", "http://www.w3.org/2001/XMLSchema#");
    /**
     * XPath functions whose SPARQL keyword is bounded here ({@link BoundedFunctions}), and {@code fn:apply}, which
     * calls any function by name.
     */
    private static final Set<String> REFUSED = Set.of("apply", "replace", "matches", "concat", "encode-for-uri")
            .stream().map(name -> "http://www.w3.org/2005/xpath-functions#" + name).collect(java.util.stream.Collectors.toSet());

    private int elements, triples, expressionNodes;

    private QueryShape() {
    }

    /** @throws QueryShapeException naming the first bound the query exceeds */
    static void check(Query query) {
        new QueryShape().query(query, 0);
    }

    private void query(Query query, int depth) {
        if (query.getQueryPattern() != null)
            element(query.getQueryPattern(), depth + 1);
        if (query.hasGroupBy())
            exprs(query.getGroupBy(), depth);
        exprs(query.getProject(), depth);
        if (query.hasHaving())
            query.getHavingExprs().forEach(e -> expr(e, depth + 1));
        if (query.getOrderBy() != null)
            for (SortCondition c : query.getOrderBy())
                expr(c.getExpression(), depth + 1);
        if (query.hasAggregators())
            for (ExprAggregator a : query.getAggregators())
                expr(a, depth + 1);
    }

    private void exprs(VarExprList list, int depth) {
        list.getExprs().values().forEach(e -> expr(e, depth + 1));
    }

    private void element(Element e, int depth) {
        if (depth > MAX_DEPTH)
            throw new QueryShapeException("graph patterns are nested more than " + MAX_DEPTH + " deep");
        if (++elements > MAX_ELEMENTS)
            throw new QueryShapeException("the query has more than " + MAX_ELEMENTS + " graph pattern elements");
        if (e instanceof ElementGroup g)
            g.getElements().forEach(x -> element(x, depth + 1));
        else if (e instanceof ElementUnion u)
            u.getElements().forEach(x -> element(x, depth + 1));
        else if (e instanceof ElementOptional o)
            element(o.getOptionalElement(), depth + 1);
        else if (e instanceof ElementMinus m)
            element(m.getMinusElement(), depth + 1);
        else if (e instanceof ElementNamedGraph n)
            element(n.getElement(), depth + 1);
        else if (e instanceof ElementLateral l)
            element(l.getLateralElement(), depth + 1);
        else if (e instanceof ElementExists x)
            element(x.getElement(), depth + 1);
        else if (e instanceof ElementNotExists x)
            element(x.getElement(), depth + 1);
        else if (e instanceof ElementSubQuery q)
            query(q.getQuery(), depth + 1);
        else if (e instanceof ElementFilter f)
            expr(f.getExpr(), depth + 1);
        else if (e instanceof ElementBind b)
            expr(b.getExpr(), depth + 1);
        else if (e instanceof ElementAssign a)
            expr(a.getExpr(), depth + 1);
        else if (e instanceof ElementPathBlock p)
            p.getPattern().forEach(t -> {
                triple();
                if (t.getPath() != null)
                    path(t.getPath(), depth + 1);
            });
        else if (e instanceof ElementTriplesBlock t)
            t.getPattern().forEach(x -> triple());
        // VALUES holds data only; SERVICE is refused when run
    }

    private void triple() {
        if (++triples > MAX_TRIPLES)
            throw new QueryShapeException("the query has more than " + MAX_TRIPLES + " triple patterns");
    }

    private void path(Path p, int depth) {
        if (depth > MAX_DEPTH)
            throw new QueryShapeException("a property path is nested more than " + MAX_DEPTH + " deep");
        if (p instanceof P_Path1 one) {
            path(one.getSubPath(), depth + 1);
        } else if (p instanceof P_Path2 two) {
            path(two.getLeft(), depth + 1);
            path(two.getRight(), depth + 1);
        }
    }

    private void expr(Expr e, int depth) {
        if (e == null)
            return;
        if (depth > MAX_DEPTH)
            throw new QueryShapeException("expressions are nested more than " + MAX_DEPTH + " deep");
        if (++expressionNodes > MAX_EXPRESSION_NODES)
            throw new QueryShapeException("the query has more than " + MAX_EXPRESSION_NODES + " expression terms");
        if (e instanceof ExprAggregator a) {
            ExprList args = a.getAggregator().getExprList();
            if (args != null)
                args.forEach(x -> expr(x, depth + 1));
        } else if (e instanceof ExprFunctionOp op) {
            element(op.getElement(), depth + 1);   // EXISTS, NOT EXISTS
        } else if (e instanceof ExprFunction f) {
            if (f.numArgs() > MAX_ARGUMENTS)
                throw new QueryShapeException(f.getFunctionSymbol().getSymbol() + " has " + f.numArgs() + " arguments; at most "
                        + MAX_ARGUMENTS + " (a long list of values belongs in VALUES)");
            if (f instanceof E_Function call)
                function(call.getFunctionIRI());
            f.getArgs().forEach(x -> expr(x, depth + 1));
        }
    }

    private static void function(String iri) {
        String library = iri.substring(0, Math.max(iri.lastIndexOf('#') + 1, 0));
        if (!LIBRARIES.contains(library) || REFUSED.contains(iri))
            throw new QueryShapeException("the function <" + iri + "> is not available on this server; it offers the "
                    + "SPARQL built-ins and the XPath (fn:, math:) and XSD cast functions");
    }

    /** A query outside the bounds; the message says which. */
    static final class QueryShapeException extends RuntimeException {
        QueryShapeException(String message) {
            super(message, null, false, false);
        }
    }
}
