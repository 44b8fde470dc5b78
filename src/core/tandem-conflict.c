/* tandem-conflict.c
 *
 * Copyright 2026 The Tandem developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tandem-conflict"

#include "config.h"

#include "tandem-conflict.h"
#include "tandem-core-enums.h"

/* What a three-way merge could not decide: one field of one object changed
 * both ways (or an object deleted on one side and changed on the other),
 * with the three values as text.  Conflicts live in the workspace, so an
 * unresolved merge still saves as a valid file and is shown again later. */
struct _TandemConflict
{
  TandemObject parent_instance;
};

G_DEFINE_FINAL_TYPE (TandemConflict, tandem_conflict, TANDEM_TYPE_OBJECT)

static const TandemFieldInfo fields[] = {
  { .name = "object", .type = TANDEM_FIELD_ID, .required = TRUE },
  { .name = "object-kind", .type = TANDEM_FIELD_STRING, .required = TRUE },
  { .name = "field", .type = TANDEM_FIELD_STRING },
  { .name = "deleted-by", .type = TANDEM_FIELD_ENUM, .enum_type = tandem_side_get_type },
  { .name = "base", .type = TANDEM_FIELD_TEXT },
  { .name = "mine", .type = TANDEM_FIELD_TEXT },
  { .name = "theirs", .type = TANDEM_FIELD_TEXT },
};

static void
tandem_conflict_class_init (TandemConflictClass *klass)
{
  tandem_object_class_install_fields (TANDEM_OBJECT_CLASS (klass), "conflict", "x",
                                      fields, G_N_ELEMENTS (fields), G_TYPE_NONE);
}

static void
tandem_conflict_init (TandemConflict *self)
{
}

TandemConflict *
tandem_conflict_new (void)
{
  return g_object_new (TANDEM_TYPE_CONFLICT, NULL);
}
