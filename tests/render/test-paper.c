/* test-paper.c
 *
 * Copyright 2026 The Tandem developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "tandem-paper.h"

static void
test_paper_sizes (void)
{
  double w, h, lw, lh;

  g_assert_true (tandem_paper_get_size ("A4", TANDEM_ORIENTATION_PORTRAIT, &w, &h));
  g_assert_cmpfloat_with_epsilon (w, 595.2756, 1e-3);
  g_assert_cmpfloat_with_epsilon (h, 841.8898, 1e-3);
  g_assert_true (tandem_paper_get_size ("letter", TANDEM_ORIENTATION_PORTRAIT, &w, &h));
  g_assert_cmpfloat (w, ==, 612);
  g_assert_cmpfloat (h, ==, 792);

  for (const char * const *name = tandem_paper_list_names (); *name != NULL; name++)
    {
      g_assert_true (tandem_paper_get_size (*name, TANDEM_ORIENTATION_PORTRAIT, &w, &h));
      g_assert_true (tandem_paper_get_size (*name, TANDEM_ORIENTATION_LANDSCAPE, &lw, &lh));
      g_assert_cmpfloat (w, <, h);
      g_assert_cmpfloat (lw, ==, h);
      g_assert_cmpfloat (lh, ==, w);
    }
  g_assert_false (tandem_paper_get_size ("b5", TANDEM_ORIENTATION_PORTRAIT, &w, &h));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/render/paper/sizes", test_paper_sizes);

  return g_test_run ();
}
