/* tandem-lane.c
 *
 * Copyright 2026 The Tandem developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tandem-lane"

#include "config.h"

#include "tandem-core-enums.h"
#include "tandem-lane.h"

/* A lane of the roadmap board (a theme or a team), ordered by rank. */
struct _TandemLane
{
  TandemObject parent_instance;
};

G_DEFINE_FINAL_TYPE (TandemLane, tandem_lane, TANDEM_TYPE_OBJECT)

static const TandemFieldInfo fields[] = {
  { .name = "title", .type = TANDEM_FIELD_STRING, .required = TRUE },
  { .name = "rank", .type = TANDEM_FIELD_RANK, .required = TRUE },
};

static void
tandem_lane_class_init (TandemLaneClass *klass)
{
  tandem_object_class_install_fields (TANDEM_OBJECT_CLASS (klass), "lane", "l",
                                      fields, G_N_ELEMENTS (fields), G_TYPE_NONE);
}

static void
tandem_lane_init (TandemLane *self)
{
}

TandemLane *
tandem_lane_new (void)
{
  return g_object_new (TANDEM_TYPE_LANE, NULL);
}
