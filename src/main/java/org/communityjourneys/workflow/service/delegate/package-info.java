/**
 * Thin delegates and listeners the journey model calls by bean name ({@code ${beanName}}): each
 * maps process variables and form values to one feature-service call.
 */
package org.communityjourneys.workflow.service.delegate;
