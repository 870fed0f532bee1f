package org.communityjourneys.voting.domain.pabulib;

/** A .pb file that cannot be read; the message names the line (1-based) and the problem. */
public class PabulibFormatException extends IllegalArgumentException {

    private final int line;

    public PabulibFormatException(int line, String problem) {
        super("line " + line + ": " + problem);
        this.line = line;
    }

    public int line() {
        return line;
    }
}
