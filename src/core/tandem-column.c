/* tandem-column.c
 *
 * Copyright 2026 The Tandem developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tandem-column"

#include "config.h"

#include "tandem-core-enums.h"
#include "tandem-column.h"

/* A column of the roadmap board (Now, Next, Later, or a quarter), ordered by rank. */
struct _TandemColumn
{
  TandemObject parent_instance;
};

G_DEFINE_FINAL_TYPE (TandemColumn, tandem_column, TANDEM_TYPE_OBJECT)

static const TandemFieldInfo fields[] = {
  { .name = "title", .type = TANDEM_FIELD_STRING, .required = TRUE },
  { .name = "rank", .type = TANDEM_FIELD_RANK, .required = TRUE },
};

static void
tandem_column_class_init (TandemColumnClass *klass)
{
  tandem_object_class_install_fields (TANDEM_OBJECT_CLASS (klass), "column", "c",
                                      fields, G_N_ELEMENTS (fields), G_TYPE_NONE);
}

static void
tandem_column_init (TandemColumn *self)
{
}

TandemColumn *
tandem_column_new (void)
{
  return g_object_new (TANDEM_TYPE_COLUMN, NULL);
}
