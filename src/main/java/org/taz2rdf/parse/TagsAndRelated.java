package org.taz2rdf.parse;

import java.util.List;
import org.taz2rdf.article.RelatedArticle;
import org.taz2rdf.article.Tag;

/** The article's own tags and its related articles, each with the tag it is related through where known. */
record TagsAndRelated(List<Tag> ownTags, List<RelatedArticle> related, boolean lossy) {

    TagsAndRelated {
        ownTags = List.copyOf(ownTags);
        related = List.copyOf(related);
    }
}
