/* test-rank.c
 *
 * Copyright 2026 The Tandem developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "tandem-rank.h"

static void
assert_between (const char *before,
                const char *after,
                const char *rank)
{
  g_assert_nonnull (rank);
  g_assert_true (tandem_rank_is_valid (rank));
  if (before != NULL)
    g_assert_cmpstr (before, <, rank);
  if (after != NULL)
    g_assert_cmpstr (rank, <, after);
}

static void
test_rank_valid (void)
{
  const char *good[] = { "a0", "a1", "az", "b00", "Zz", "a0V", "a0001", "zzzzzzzzzzzzzzzzzzzzzzzzzzz" };
  const char *bad[] = { "", "a", "b0", "a0 ", "a00", "a0-", "!0", "A00000000000000000000000000" };

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    g_assert_true (tandem_rank_is_valid (good[i]));
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    g_assert_false (tandem_rank_is_valid (bad[i]));
  g_assert_false (tandem_rank_is_valid (NULL));
}

static void
test_rank_between (void)
{
  g_autofree char *first = tandem_rank_between (NULL, NULL);
  g_autofree char *after_first = tandem_rank_between (first, NULL);
  g_autofree char *before_first = tandem_rank_between (NULL, first);
  g_autofree char *middle = tandem_rank_between (first, after_first);

  g_assert_cmpstr (first, ==, "a0");
  g_assert_cmpstr (after_first, ==, "a1");
  g_assert_cmpstr (before_first, ==, "Zz");
  assert_between (first, after_first, middle);
  g_assert_cmpstr (middle, ==, "a0V");

  /* A bound whose fraction starts with zeros, after one without a fraction. */
  {
    g_autofree char *low = tandem_rank_between ("a0", "a000V");
    g_autofree char *high = tandem_rank_between ("Zy", "Zy0V");

    assert_between ("a0", "a000V", low);
    assert_between ("Zy", "Zy0V", high);
  }

  /* Out of order, equal and invalid bounds are refused. */
  g_assert_null (tandem_rank_between ("a1", "a0"));
  g_assert_null (tandem_rank_between ("a1", "a1"));
  g_assert_null (tandem_rank_between ("a00", NULL));
  g_assert_null (tandem_rank_between (NULL, "nonsense"));
}

/* Repeated insertion at the same spot always lands strictly between. */
static void
test_rank_squeeze (void)
{
  g_autofree char *low = g_strdup ("a0");
  g_autofree char *high = g_strdup ("a1");

  for (guint i = 0; i < 500; i++)
    {
      char *mid = tandem_rank_between (low, high);

      assert_between (low, high, mid);
      if (i % 2 == 0)
        {
          g_free (high);
          high = mid;
        }
      else
        {
          g_free (low);
          low = mid;
        }
    }
}

/* Appending and prepending many times keeps ranks short. */
static void
test_rank_append_prepend (void)
{
  g_autofree char *last = NULL;
  g_autofree char *first = NULL;

  for (guint i = 0; i < 10000; i++)
    {
      char *next = tandem_rank_between (last, NULL);
      char *prev = tandem_rank_between (NULL, first);

      assert_between (last, NULL, next);
      assert_between (NULL, first, prev);
      g_free (last);
      last = next;
      g_free (first);
      first = prev;
    }
  g_assert_cmpuint (strlen (last), <=, 4);
  g_assert_cmpuint (strlen (first), <=, 4);
}

/* A random walk of insertions into a list: the list stays strictly sorted. */
static void
test_rank_random (void)
{
  g_autoptr(GPtrArray) ranks = g_ptr_array_new_with_free_func (g_free);
  GRand *rand = g_rand_new_with_seed (20261123);

  for (guint i = 0; i < 3000; i++)
    {
      guint at = g_rand_int_range (rand, 0, ranks->len + 1);
      const char *before = at > 0 ? g_ptr_array_index (ranks, at - 1) : NULL;
      const char *after = at < ranks->len ? g_ptr_array_index (ranks, at) : NULL;
      char *rank = tandem_rank_between (before, after);

      assert_between (before, after, rank);
      g_ptr_array_insert (ranks, at, rank);
    }
  for (guint i = 1; i < ranks->len; i++)
    g_assert_cmpstr (g_ptr_array_index (ranks, i - 1), <, g_ptr_array_index (ranks, i));
  g_rand_free (rand);
}

static void
test_rank_sequence (void)
{
  struct { const char *before, *after; guint n; } cases[] = {
    { NULL, NULL, 100 }, { "a0", NULL, 50 }, { NULL, "a0", 50 }, { "a0", "a1", 200 },
    { "a0", "a0V", 7 }, { "Zz", "a0", 1 },
  };

  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      g_auto(GStrv) seq = tandem_rank_sequence (cases[c].before, cases[c].after, cases[c].n);

      g_assert_nonnull (seq);
      g_assert_cmpuint (g_strv_length (seq), ==, cases[c].n);
      assert_between (cases[c].before, cases[c].after, seq[0]);
      for (guint i = 1; i < cases[c].n; i++)
        assert_between (seq[i - 1], cases[c].after, seq[i]);
    }
  g_assert_null (tandem_rank_sequence ("a1", "a0", 3));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/rank/valid", test_rank_valid);
  g_test_add_func ("/core/rank/between", test_rank_between);
  g_test_add_func ("/core/rank/squeeze", test_rank_squeeze);
  g_test_add_func ("/core/rank/append-prepend", test_rank_append_prepend);
  g_test_add_func ("/core/rank/random", test_rank_random);
  g_test_add_func ("/core/rank/sequence", test_rank_sequence);

  return g_test_run ();
}
