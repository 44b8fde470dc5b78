/* tandem-tier.c
 *
 * Copyright 2026 The Tandem developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tandem-tier"

#include "config.h"

#include "tandem-task.h"
#include "tandem-tier.h"

/* The template of a launch tier, kept in the workspace so that a team can edit
 * it: the notice marketing needs (in days) and the default checklist (its
 * tasks, placed by their offsets as in a launch).  A workspace without tiers
 * uses the built-in defaults of tandem-launch-ops.c. */
struct _TandemTier
{
  TandemObject parent_instance;
};

G_DEFINE_FINAL_TYPE (TandemTier, tandem_tier, TANDEM_TYPE_OBJECT)

static const TandemFieldInfo fields[] = {
  { .name = "number", .type = TANDEM_FIELD_INT, .min = 1, .max = 3, .required = TRUE },
  { .name = "title", .type = TANDEM_FIELD_STRING },
  { .name = "min-lead", .type = TANDEM_FIELD_INT, .min = 0, .max = 3650 },
  { .name = "recommended-lead", .type = TANDEM_FIELD_INT, .min = 0, .max = 3650 },
  { .name = "description", .type = TANDEM_FIELD_TEXT },
};

static void
tandem_tier_class_init (TandemTierClass *klass)
{
  tandem_object_class_install_fields (TANDEM_OBJECT_CLASS (klass), "tier", "r",
                                      fields, G_N_ELEMENTS (fields), TANDEM_TYPE_TASK);
}

static void
tandem_tier_init (TandemTier *self)
{
}

TandemTier *
tandem_tier_new (void)
{
  return g_object_new (TANDEM_TYPE_TIER, NULL);
}
