package org.casebook.prooflife;

import java.util.List;
import org.casebook.footage.Footage;
import org.casebook.web.FormErrors;

/**
 * The checklist page's model: the request, its person, the findings so far, what was wrong with a form, and the
 * filmstrip of the answer's first video (or why it could not be read).
 */
public record LifeAssessmentPage(
        LifeRequest request,
        String personId,
        List<LifeAssessments.Finding> findings,
        FormErrors errors,
        String video,
        Footage keyframes,
        String videoProblem) {
    public List<AssessmentStep> checklist() {
        return List.of(
                AssessmentStep.provenance,
                AssessmentStep.source_analysis,
                AssessmentStep.technical_analysis,
                AssessmentStep.content_analysis);
    }

    public List<LifeAssessments.Finding> findingsOf(AssessmentStep step) {
        return findings.stream().filter(f -> f.step() == step).toList();
    }
}
