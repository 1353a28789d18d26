package org.baoku.importjob;

import java.util.List;

/** A start whose parameters break the rules: every problem, each naming its parameter and why. */
public class InvalidJobParametersException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    public InvalidJobParametersException(List<String> problems) {
        super(String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
