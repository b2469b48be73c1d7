package org.diplograph.serve;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.TransformCopy;
import org.apache.jena.sparql.algebra.Transformer;
import org.apache.jena.sparql.algebra.optimize.Optimize;
import org.apache.jena.sparql.algebra.optimize.Rewrite;
import org.apache.jena.sparql.algebra.optimize.RewriteFactory;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.E_StrConcat;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.RegexEngine;
import org.apache.jena.vocabulary.RDF;

/**
 * Bounds on what the expressions of one SPARQL query compute, where Jena has none:
 * <ul>
 * <li>REPLACE and CONCAT make no string longer than {@value #MAX_STRING_CHARS} characters. Nested REPLACEs that
 *     each multiply a string's length by ten fill any heap in seven steps; REPLACE stops as its result passes the
 *     bound, CONCAT before it starts.
 * <li>REGEX and REPLACE stop when the query's time is up. A regular expression can backtrack for hours on a short
 *     string and Java's matcher cannot be interrupted, so it reads the string through a view that checks the
 *     deadline every few thousand characters.
 * </ul>
 * They replace Jena's REPLACE, REGEX and CONCAT in a query's algebra when it is optimized (the {@link #optimizer}
 * of the query's context), with the same results within the bounds. Their XPath twins
 * ({@code fn:replace}, {@code fn:matches}, {@code fn:concat}) are refused by {@link QueryShape}.
 */
final class BoundedFunctions {
    /** Ten million characters: far beyond any article or value of the store (an article is at most 200,000). */
    static final int MAX_STRING_CHARS = 10_000_000;

    private BoundedFunctions() {
    }

    /**
     * Jena's standard optimizer over the bounded functions, for a query that must end by {@code deadline}. They go
     * in first: the optimizer folds constant expressions, so a REPLACE of constants runs while it optimizes.
     */
    static RewriteFactory optimizer(long deadline) {
        RewriteFactory standard = Optimize.getFactory();
        return context -> {
            Rewrite rewrite = standard.create(context);
            return op -> bound(rewrite.rewrite(bound(op, deadline)), deadline);
        };
    }

    static Op bound(Op op, long deadline) {
        return Transformer.transform(new TransformCopy(), new ExprTransformCopy() {
            @Override
            public Expr transform(ExprFunctionN func, ExprList args) {
                if (func instanceof E_StrReplace && !(func instanceof Replace))
                    return new Replace(args, deadline);
                if (func instanceof E_Regex && !(func instanceof Regex))
                    return new Regex(args, deadline);
                if (func instanceof E_StrConcat && !(func instanceof Concat))
                    return new Concat(args);
                return super.transform(func, args);
            }
        }, op);
    }

    /** A value the bounds do not allow; Fuseki answers 422 with the message. */
    static final class ValueTooLargeException extends QueryDeniedException {
        ValueTooLargeException(String function, long length) {
            super(function + " would make a string of " + length + " characters or more; a query may make strings of "
                    + "at most " + MAX_STRING_CHARS);
        }
    }

    /** REPLACE with Jena's semantics (one empty match, then only non-empty ones), bounded in size and time. */
    static final class Replace extends E_StrReplace {
        private final long deadline;

        Replace(ExprList args, long deadline) {
            super(args.get(0), args.get(1), args.get(2), args.size() > 3 ? args.get(3) : null);
            this.deadline = deadline;
        }

        @Override
        public NodeValue eval(List<NodeValue> args) {
            Node literal = stringLiteral("REPLACE", args.get(0));
            String text = literal.getLiteralLexicalForm();
            Pattern pattern = RegexEngine.makePattern("replace", lexical("REPLACE", args.get(1)),
                    args.size() > 3 ? lexical("REPLACE", args.get(3)) : null);
            String replacement = lexical("REPLACE", args.get(2));
            Matcher matcher = pattern.matcher(new DeadlineChars(text, deadline));
            StringBuilder out = null;
            try {
                while (matcher.find()) {
                    if (out == null)
                        out = new StringBuilder();
                    else if (matcher.start() == matcher.end())
                        continue;
                    matcher.appendReplacement(out, replacement);
                    if (out.length() > MAX_STRING_CHARS)
                        throw new ValueTooLargeException("REPLACE", out.length());
                }
                if (out == null)
                    return args.get(0);
                matcher.appendTail(out);
            } catch (IndexOutOfBoundsException | IllegalArgumentException e) {
                throw new ExprEvalException("REPLACE: " + e.getMessage());   // a bad group reference in the replacement
            }
            if (out.length() > MAX_STRING_CHARS)
                throw new ValueTooLargeException("REPLACE", out.length());
            String result = out.toString();
            if (result.equals(text))
                return args.get(0);
            return NodeValue.makeNode(literal.getLiteralLanguage().isEmpty()
                    ? NodeFactory.createLiteralDT(result, literal.getLiteralDatatype())
                    : NodeFactory.createLiteralLang(result, literal.getLiteralLanguage()));
        }

        @Override
        public Expr copy(ExprList newArgs) {
            return new Replace(newArgs, deadline);
        }
    }

    /** REGEX that stops when the query's time is up. */
    static final class Regex extends E_Regex {
        private final long deadline;
        /** The compiled pattern when the pattern and flags are constants, as they nearly always are. */
        private final Pattern fixed;

        Regex(ExprList args, long deadline) {
            super(args.get(0), args.get(1), args.size() > 2 ? args.get(2) : null);
            this.deadline = deadline;
            boolean constant = args.get(1).isConstant() && (args.size() < 3 || args.get(2).isConstant());
            this.fixed = constant ? pattern(args.get(1).getConstant(), args.size() > 2 ? args.get(2).getConstant() : null) : null;
        }

        private static Pattern pattern(NodeValue pattern, NodeValue flags) {
            return RegexEngine.makePattern("regex", lexical("REGEX", pattern), flags == null ? null : lexical("REGEX", flags));
        }

        @Override
        public NodeValue eval(List<NodeValue> args) {
            String text = stringLiteral("REGEX", args.get(0)).getLiteralLexicalForm();
            Pattern pattern = fixed != null ? fixed : pattern(args.get(1), args.size() > 2 ? args.get(2) : null);
            return NodeValue.booleanReturn(pattern.matcher(new DeadlineChars(text, deadline)).find());
        }

        @Override
        public Expr copy(ExprList newArgs) {
            return new Regex(newArgs, deadline);
        }
    }

    /** CONCAT that refuses to make a string longer than the bound. */
    static final class Concat extends E_StrConcat {
        Concat(ExprList args) {
            super(args);
        }

        @Override
        public NodeValue eval(List<NodeValue> args) {
            long length = 0;
            for (NodeValue arg : args)
                if (arg.isLiteral())
                    length += arg.asNode().getLiteralLexicalForm().length();
            if (length > MAX_STRING_CHARS)
                throw new ValueTooLargeException("CONCAT", length);
            return super.eval(args);
        }

        @Override
        public Expr copy(ExprList newArgs) {
            return new Concat(newArgs);
        }
    }

    private static Node stringLiteral(String function, NodeValue value) {
        Node node = value.asNode();
        if (!node.isLiteral() || !(XSDDatatype.XSDstring.equals(node.getLiteralDatatype())
                || RDF.dtLangString.equals(node.getLiteralDatatype())))
            throw new ExprEvalException(function + ": not a string: " + value);
        return node;
    }

    private static String lexical(String function, NodeValue value) {
        return stringLiteral(function, value).getLiteralLexicalForm();
    }

    /**
     * A string read by a regex matcher, which calls {@link #charAt} for every character it tries, however long it
     * backtracks: every 4096 reads, this checks the deadline and ends the query once it has passed.
     */
    static final class DeadlineChars implements CharSequence {
        private final String text;
        private final long deadline;
        private int reads;

        DeadlineChars(String text, long deadline) {
            this.text = text;
            this.deadline = deadline;
        }

        @Override
        public char charAt(int index) {
            if ((++reads & 0xFFF) == 0 && System.nanoTime() - deadline > 0)
                throw new QueryCancelledException();
            return text.charAt(index);
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return text.subSequence(start, end);
        }

        @Override
        public String toString() {
            return text;
        }
    }
}
