/* tandem-highlight.c
 *
 * Copyright 2026 The Tandem developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tandem-highlight"

#include "config.h"

#include "tandem-core-enums.h"
#include "tandem-highlight.h"

/* A highlighted quote in an interview's notes (character offsets), evidence for a card. */
struct _TandemHighlight
{
  TandemObject parent_instance;
};

G_DEFINE_FINAL_TYPE (TandemHighlight, tandem_highlight, TANDEM_TYPE_OBJECT)

static const TandemFieldInfo fields[] = {
  { .name = "start", .type = TANDEM_FIELD_INT, .min = 0, .max = G_MAXINT },
  { .name = "end", .type = TANDEM_FIELD_INT, .min = 0, .max = G_MAXINT },
  { .name = "weight", .type = TANDEM_FIELD_INT, .min = 1, .max = 3 },
  { .name = "card", .type = TANDEM_FIELD_REF, .ref_kind = "card" },
  { .name = "quote", .type = TANDEM_FIELD_TEXT, .required = TRUE },
  { .name = "tags", .type = TANDEM_FIELD_LIST, .item = "tag" },
  /* Set when the notes changed elsewhere and the quote was not found again. */
  { .name = "unanchored", .type = TANDEM_FIELD_BOOLEAN },
};

static void
tandem_highlight_class_init (TandemHighlightClass *klass)
{
  tandem_object_class_install_fields (TANDEM_OBJECT_CLASS (klass), "highlight", "h",
                                      fields, G_N_ELEMENTS (fields), G_TYPE_NONE);
}

static void
tandem_highlight_init (TandemHighlight *self)
{
}

TandemHighlight *
tandem_highlight_new (void)
{
  return g_object_new (TANDEM_TYPE_HIGHLIGHT, NULL);
}
