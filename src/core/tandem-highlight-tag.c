/* tandem-highlight-tag.c
 *
 * Copyright 2026 The Tandem developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tandem-highlight-tag"

#include "config.h"

#include "tandem-highlight-tag.h"

/* One tag of the workspace's highlight tag set, kept in the workspace so that
 * a team can edit the set; ordered by rank.  Highlights carry tags by name.
 * A workspace without highlight tags offers the built-in set of
 * tandem-notes-ops.c, and the first edit copies that set in. */
struct _TandemHighlightTag
{
  TandemObject parent_instance;
};

G_DEFINE_FINAL_TYPE (TandemHighlightTag, tandem_highlight_tag, TANDEM_TYPE_OBJECT)

static const TandemFieldInfo fields[] = {
  { .name = "name", .type = TANDEM_FIELD_STRING, .required = TRUE },
  { .name = "rank", .type = TANDEM_FIELD_RANK, .required = TRUE },
};

static void
tandem_highlight_tag_class_init (TandemHighlightTagClass *klass)
{
  tandem_object_class_install_fields (TANDEM_OBJECT_CLASS (klass), "highlight-tag", "g",
                                      fields, G_N_ELEMENTS (fields), G_TYPE_NONE);
}

static void
tandem_highlight_tag_init (TandemHighlightTag *self)
{
}

TandemHighlightTag *
tandem_highlight_tag_new (void)
{
  return g_object_new (TANDEM_TYPE_HIGHLIGHT_TAG, NULL);
}
