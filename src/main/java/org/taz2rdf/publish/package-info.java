/** Sending article graphs to other triple stores: Graph Store Protocol PUT per graph, SPARQL Update as fallback, retries, verification. */
package org.taz2rdf.publish;
