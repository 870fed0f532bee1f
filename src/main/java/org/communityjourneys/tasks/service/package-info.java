/** The task inbox port (implemented by the engine adapter), screen task completion and the dedicated screens' names. */
@org.springframework.modulith.NamedInterface("service")
package org.communityjourneys.tasks.service;
