// Over 400 lines: the whole checker (tokenizer, grammar, messages) is read and reviewed in one place.
package org.communityjourneys.studio.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Allows a JUEL expression in a model only when it has one of a few known shapes; everything else
 * is refused. The check reads each {@code ${...}} or {@code #{...}} in a text with its own small
 * tokenizer and a recursive-descent parser of this grammar:
 *
 * <pre>
 * expression := or ( '?' expression ':' expression )?
 * or         := and ( ('||' | 'or') and )*
 * and        := equality ( ('&amp;&amp;' | 'and') equality )*
 * equality   := relation ( ('==' | '!=' | 'eq' | 'ne') relation )*
 * relation   := sum ( ('&lt;' | '&gt;' | '&lt;=' | '&gt;=' | 'lt' | 'gt' | 'le' | 'ge') sum )*
 * sum        := product ( ('+' | '-') product )*
 * product    := unary ( ('*' | '/' | 'div' | '%' | 'mod') unary )*
 * unary      := ('-' | '!' | 'not' | 'empty') unary | primary
 * primary    := number | string | 'true' | 'false' | 'null' | '(' expression ')'
 *             | variable                                   (a name that is not an application bean)
 *             | 'execution' '.' ('getVariable' | 'setVariable') '(' string (',' expression)? ')'
 *             | bean '.' method '(' arguments? ')'         (only the pairs in {@link #BEAN_METHODS})
 * </pre>
 *
 * So there is no property or method access on anything else, no brackets, no functions, no
 * lambdas, no assignment and no nested expressions. Delegate beans ({@code ${bean}} in
 * {@code camunda:delegateExpression}) are checked by the validator, not here.
 */
final class ExpressionShape {

    /** The application beans an expression may call, each with the methods it may call on it (what the seed models use). */
    static final Map<String, Set<String>> BEAN_METHODS = Map.of("journeyStage", Set.of("moveTo"));

    /** The methods an expression may call on the execution: reading and writing its own variables. */
    static final Set<String> EXECUTION_METHODS = Set.of("getVariable", "setVariable");

    static final String SHAPE_NOT_ALLOWED = "expression.shape-not-allowed";
    static final String BEAN_NOT_ALLOWED = "expression.bean-not-allowed";

    private static final Set<String> RESERVED = Set.of("and", "or", "not", "eq", "ne", "lt", "gt", "le", "ge",
            "true", "false", "null", "empty", "div", "mod", "instanceof");
    private static final int MAX_LENGTH = 2000;
    private static final int MAX_DEPTH = 40;

    /** Why one expression in a text is refused. */
    record Refusal(String expression, String rule, String message) {
    }

    private final Predicate<String> isApplicationBean;

    /** @param isApplicationBean whether a name is a bean of the application (which a variable may not be) */
    ExpressionShape(Predicate<String> isApplicationBean) {
        this.isApplicationBean = isApplicationBean;
    }

    /** The refusals for every expression in a text (an attribute value or an element's text); empty when all are allowed. */
    List<Refusal> check(String text) {
        List<Refusal> refusals = new ArrayList<>();
        int from = 0;
        while (true) {
            int start = nextStart(text, from);
            if (start < 0) {
                return refusals;
            }
            int end;
            try {
                end = endOf(text, start + 2);
            } catch (Refused refused) {
                String expression = text.substring(start);
                refusals.add(new Refusal(expression, refused.rule, message(expression, refused)));
                return refusals;
            }
            String expression = text.substring(start, end + 1);
            try {
                if (expression.length() > MAX_LENGTH) {
                    throw new Refused("is longer than " + MAX_LENGTH + " characters");
                }
                new Parser(tokens(text.substring(start + 2, end))).whole();
            } catch (Refused refused) {
                refusals.add(new Refusal(expression, refused.rule, message(expression, refused)));
            }
            from = end + 1;
        }
    }

    private static String message(String expression, Refused refused) {
        return "The expression " + expression + " " + refused.getMessage() + ". Expressions may only use values, process variables, "
                + "operators, execution.getVariable('name'), execution.setVariable('name', value) and "
                + "journeyStage.moveTo(execution, 'STAGE').";
    }

    private static int nextStart(String text, int from) {
        for (int i = from; i < text.length() - 1; i++) {
            char c = text.charAt(i);
            if ((c == '$' || c == '#') && text.charAt(i + 1) == '{') {
                return i;
            }
        }
        return -1;
    }

    /** The index of the closing brace of the expression whose body starts at {@code from}, skipping string literals. */
    private static int endOf(String text, int from) {
        int i = from;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\'' || c == '"') {
                i = stringEnd(text, i) + 1;
            } else if (c == '}') {
                return i;
            } else {
                i++;
            }
        }
        throw new Refused("is not closed with }");
    }

    private static int stringEnd(String text, int open) {
        char quote = text.charAt(open);
        for (int i = open + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == quote) {
                return i;
            }
        }
        throw new Refused("has a string that is not closed");
    }

    // ---- tokens ----

    private enum Kind { NUMBER, STRING, NAME, SYMBOL }

    private record Token(Kind kind, String text) {
        boolean is(String symbol) {
            return (kind == Kind.SYMBOL || kind == Kind.NAME) && text.equals(symbol);
        }
    }

    private static final List<String> SYMBOLS = List.of("==", "!=", "<=", ">=", "&&", "||", "<", ">", "!", "+", "-", "*", "/", "%",
            "?", ":", "(", ")", ",", ".");

    private static List<Token> tokens(String body) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < body.length()) {
            char c = body.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '\'' || c == '"') {
                int end = stringEnd(body, i);
                tokens.add(new Token(Kind.STRING, body.substring(i, end + 1)));
                i = end + 1;
            } else if (Character.isDigit(c) || (c == '.' && i + 1 < body.length() && Character.isDigit(body.charAt(i + 1)))) {
                int end = numberEnd(body, i);
                tokens.add(new Token(Kind.NUMBER, body.substring(i, end)));
                i = end;
            } else if (Character.isJavaIdentifierStart(c)) {
                int end = i + 1;
                while (end < body.length() && Character.isJavaIdentifierPart(body.charAt(end))) {
                    end++;
                }
                tokens.add(new Token(Kind.NAME, body.substring(i, end)));
                i = end;
            } else {
                refuseForbiddenSymbol(body, i);
                String found = null;
                for (String candidate : SYMBOLS) {
                    if (body.startsWith(candidate, i)) {
                        found = candidate;
                        break;
                    }
                }
                if (found == null) {
                    throw new Refused("uses the character " + c + ", which expressions may not use");
                }
                tokens.add(new Token(Kind.SYMBOL, found));
                i += found.length();
            }
        }
        return tokens;
    }

    private static void refuseForbiddenSymbol(String body, int i) {
        if (body.startsWith("->", i)) {
            throw new Refused("uses a lambda (->)");
        }
        if (body.startsWith("+=", i)) {
            throw new Refused("concatenates strings with +=");
        }
        char c = body.charAt(i);
        if (c == '[' || c == ']') {
            throw new Refused("uses bracket access ([...])");
        }
        if (c == ';') {
            throw new Refused("chains expressions with ;");
        }
        if (c == '=' && !body.startsWith("==", i)) {
            throw new Refused("assigns with =");
        }
        if (c == '{' || c == '$' || c == '#') {
            throw new Refused("nests an expression or uses " + c);
        }
    }

    private static int numberEnd(String body, int start) {
        int i = start;
        while (i < body.length() && Character.isDigit(body.charAt(i))) {
            i++;
        }
        if (i < body.length() && body.charAt(i) == '.') {
            i++;
            while (i < body.length() && Character.isDigit(body.charAt(i))) {
                i++;
            }
        }
        if (i < body.length() && (body.charAt(i) == 'e' || body.charAt(i) == 'E')) {
            int exponent = i + 1;
            if (exponent < body.length() && (body.charAt(exponent) == '+' || body.charAt(exponent) == '-')) {
                exponent++;
            }
            if (exponent < body.length() && Character.isDigit(body.charAt(exponent))) {
                i = exponent;
                while (i < body.length() && Character.isDigit(body.charAt(i))) {
                    i++;
                }
            }
        }
        if (i < body.length() && Character.isJavaIdentifierPart(body.charAt(i))) {
            throw new Refused("has a malformed number");
        }
        return i;
    }

    // ---- grammar ----

    private final class Parser {

        private final List<Token> tokens;
        private int position;
        private int depth;

        Parser(List<Token> tokens) {
            this.tokens = tokens;
        }

        void whole() {
            if (tokens.isEmpty()) {
                throw new Refused("is empty");
            }
            expression();
            if (position < tokens.size()) {
                throw new Refused("continues after a complete value with " + peek().text());
            }
        }

        private void expression() {
            if (++depth > MAX_DEPTH) {
                throw new Refused("nests too deeply");
            }
            binary(0);
            if (accept("?")) {
                expression();
                expect(":");
                expression();
            }
            depth--;
        }

        private static final List<List<String>> LEVELS = List.of(
                List.of("||", "or"), List.of("&&", "and"), List.of("==", "!=", "eq", "ne"),
                List.of("<", ">", "<=", ">=", "lt", "gt", "le", "ge"), List.of("+", "-"), List.of("*", "/", "div", "%", "mod"));

        private void binary(int level) {
            if (level == LEVELS.size()) {
                unary();
                return;
            }
            binary(level + 1);
            while (peek() != null && LEVELS.get(level).stream().anyMatch(peek()::is)) {
                position++;
                binary(level + 1);
            }
        }

        private void unary() {
            if (accept("-") || accept("!") || accept("not") || accept("empty")) {
                if (++depth > MAX_DEPTH) {
                    throw new Refused("nests too deeply");
                }
                unary();
                depth--;
                return;
            }
            primary();
        }

        private void primary() {
            Token token = next("a value");
            switch (token.kind()) {
                case NUMBER, STRING -> {
                    return;
                }
                case SYMBOL -> {
                    if (token.is("(")) {
                        expression();
                        expect(")");
                        return;
                    }
                    throw new Refused("has " + token.text() + " where a value belongs");
                }
                case NAME -> name(token.text());
            }
        }

        private void name(String name) {
            if (Set.of("true", "false", "null").contains(name)) {
                return;
            }
            if (RESERVED.contains(name)) {
                throw new Refused("uses " + name + " where a value belongs");
            }
            if (peek() != null && peek().is("(")) {
                throw new Refused("calls the function " + name + "(...)");
            }
            boolean bean = BEAN_METHODS.containsKey(name) || isApplicationBean.test(name);
            if (peek() == null || !peek().is(".")) {
                if (bean) {
                    throw new Refused(BEAN_NOT_ALLOWED, "uses the application bean " + name
                            + (BEAN_METHODS.containsKey(name) ? " other than by calling " + String.join(", ", BEAN_METHODS.get(name))
                                    : ", which is not on the studio's allow-list"));
                }
                return; // a process variable
            }
            position++;
            Token member = next("a method name after " + name + ".");
            boolean call = peek() != null && peek().is("(");
            String access = name + "." + member.text() + (call ? "(...)" : "");
            if ("execution".equals(name) && !bean) {
                if (!call || !EXECUTION_METHODS.contains(member.text())) {
                    throw new Refused("uses " + access + "; on the execution only getVariable and setVariable are allowed");
                }
                executionCall(member.text());
            } else if (bean) {
                Set<String> methods = BEAN_METHODS.get(name);
                if (methods == null) {
                    throw new Refused(BEAN_NOT_ALLOWED, "uses the application bean " + name + ", which is not on the studio's allow-list");
                }
                if (!call || !methods.contains(member.text())) {
                    throw new Refused(BEAN_NOT_ALLOWED, "uses " + access + "; on " + name + " only "
                            + String.join(", ", methods) + " may be called");
                }
                arguments();
            } else {
                throw new Refused("uses " + access + "; properties and methods of variables are not allowed");
            }
            if (peek() != null && (peek().is(".") || peek().is("("))) {
                throw new Refused("goes on after " + access + " with " + peek().text());
            }
        }

        private void executionCall(String method) {
            expect("(");
            Token variable = next("a variable name in quotes");
            if (variable.kind() != Kind.STRING) {
                throw new Refused("names the variable of execution." + method + " with " + variable.text()
                        + " instead of a name in quotes");
            }
            if ("setVariable".equals(method)) {
                expect(",");
                expression();
            }
            expect(")");
        }

        private void arguments() {
            expect("(");
            if (accept(")")) {
                return;
            }
            do {
                expression();
            } while (accept(","));
            expect(")");
        }

        private Token peek() {
            return position < tokens.size() ? tokens.get(position) : null;
        }

        private Token next(String wanted) {
            Token token = peek();
            if (token == null) {
                throw new Refused("ends where " + wanted + " belongs");
            }
            position++;
            return token;
        }

        private boolean accept(String symbol) {
            if (peek() != null && peek().is(symbol) && (peek().kind() == Kind.SYMBOL || RESERVED.contains(symbol))) {
                position++;
                return true;
            }
            return false;
        }

        private void expect(String symbol) {
            Token token = next(symbol);
            if (!token.is(symbol)) {
                throw new Refused("has " + token.text() + " where " + symbol + " belongs");
            }
        }
    }

    /** Why the expression being read is refused; carries the rule code. */
    private static final class Refused extends RuntimeException {

        private final String rule;

        Refused(String message) {
            this(SHAPE_NOT_ALLOWED, message);
        }

        Refused(String rule, String message) {
            super(message, null, false, false);
            this.rule = rule;
        }
    }
}
