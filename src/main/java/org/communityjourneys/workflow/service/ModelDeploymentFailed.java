package org.communityjourneys.workflow.service;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A seed model could not be deployed; the message names the file and the problem. */
public class ModelDeploymentFailed extends RuntimeException {

    private static final Pattern RESOURCE = Pattern.compile("(processes|forms)/[\\w.-]+\\.(bpmn|dmn|form)");

    public ModelDeploymentFailed(String message, Throwable cause) {
        super(message, cause);
    }

    static ModelDeploymentFailed from(RuntimeException cause, List<String> resources) {
        String detail = rootMessage(cause);
        String file = null;
        Matcher matcher = RESOURCE.matcher(detail);
        if (matcher.find()) {
            file = matcher.group();
        } else {
            for (String resource : resources) {
                String simpleName = resource.substring(resource.indexOf('/') + 1);
                if (detail.contains(simpleName)) {
                    file = resource;
                    break;
                }
            }
        }
        String where = file == null ? "A model in processes/ or forms/" : file;
        return new ModelDeploymentFailed(where + " could not be deployed: " + detail, cause);
    }

    private static String rootMessage(Throwable error) {
        StringBuilder text = new StringBuilder();
        Throwable current = error;
        while (current != null) {
            if (current.getMessage() != null && !text.toString().contains(current.getMessage())) {
                if (!text.isEmpty()) {
                    text.append(" | ");
                }
                text.append(current.getMessage());
            }
            current = current.getCause() == current ? null : current.getCause();
        }
        return text.toString();
    }
}
