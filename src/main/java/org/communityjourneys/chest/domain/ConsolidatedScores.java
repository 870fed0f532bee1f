package org.communityjourneys.chest.domain;

import java.util.List;

/**
 * The panel's scores side by side, for the chair: per principle every member's score and
 * comment, and their mean.
 */
public record ConsolidatedScores(List<String> members, List<Row> rows) {

    /** One principle: the scores in the order of {@link #members()}, their comments and the mean. */
    public record Row(FundingPrinciple principle, List<Integer> scores, List<String> comments, double mean) {
    }

    public static ConsolidatedScores of(List<PanelScore> scores) {
        List<String> members = scores.stream().map(PanelScore::getMember).toList();
        List<Row> rows = java.util.Arrays.stream(FundingPrinciple.values()).map(principle -> {
            List<PrincipleScore> lines = scores.stream().map(score -> score.lineFor(principle)).toList();
            List<Integer> values = lines.stream().map(line -> line == null ? 0 : line.getScore()).toList();
            List<String> comments = lines.stream().map(line -> line == null ? "" : line.getComment()).toList();
            double mean = values.stream().mapToInt(Integer::intValue).average().orElse(0);
            return new Row(principle, values, comments, mean);
        }).toList();
        return new ConsolidatedScores(members, rows);
    }

    /** The mean of the per-principle means (0 when nobody has scored). */
    public double overallMean() {
        return rows.stream().mapToDouble(Row::mean).average().orElse(0);
    }
}
