/* tandem-paper.c
 *
 * Copyright 2026 The Tandem developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tandem-paper"

#include "config.h"

#include "tandem-paper.h"

/* The paper sizes roadmaps are printed and exported on, in PostScript points
 * (1/72 inch), the unit cairo's PDF and SVG surfaces take. */

typedef struct
{
  const char *name;
  double      width;
  double      height;
} Paper;

#define MM(x) ((x) * 72.0 / 25.4)

static const Paper papers[] = {
  { "a4", MM (210), MM (297) },
  { "letter", 8.5 * 72, 11 * 72 },
  { "a3", MM (297), MM (420) },
  { "tabloid", 11 * 72, 17 * 72 },
};

static const char * const names[] = { "a4", "letter", "a3", "tabloid", NULL };

/**
 * tandem_paper_list_names:
 *
 * Returns: (transfer none): the names tandem_paper_get_size() knows.
 */
const char * const *
tandem_paper_list_names (void)
{
  G_STATIC_ASSERT (G_N_ELEMENTS (names) == G_N_ELEMENTS (papers) + 1);

  return names;
}

/**
 * tandem_paper_get_size:
 * @name: a paper name, in any case: "a4", "letter", "a3" or "tabloid"
 *
 * Returns: whether @name is known; if so, its size in points for @orientation.
 */
gboolean
tandem_paper_get_size (const char        *name,
                       TandemOrientation  orientation,
                       double            *width_pt,
                       double            *height_pt)
{
  g_return_val_if_fail (name != NULL, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (papers); i++)
    {
      if (g_ascii_strcasecmp (papers[i].name, name) != 0)
        continue;
      if (orientation == TANDEM_ORIENTATION_LANDSCAPE)
        {
          *width_pt = papers[i].height;
          *height_pt = papers[i].width;
        }
      else
        {
          *width_pt = papers[i].width;
          *height_pt = papers[i].height;
        }
      return TRUE;
    }
  return FALSE;
}
