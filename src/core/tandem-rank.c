/* tandem-rank.c
 *
 * Copyright 2026 The Tandem developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tandem-rank"

#include "config.h"

#include <string.h>

#include "tandem-rank.h"

/* Fractional indexing: a rank is an "integer part" whose first character tells
 * its length ('a'..'z' for 2..27 characters, 'A'..'Z' for the negative ones,
 * 27..2 characters), followed by an optional fraction that never ends in the
 * smallest digit.  Plain byte order sorts ranks, and between any two ranks
 * there is always another one.  Appending at either end only increments the
 * integer part, so ranks stay short however many cards are added in a row. */

static const char digits[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
#define BASE 62
#define SMALLEST_INTEGER "A00000000000000000000000000"

static int
digit_index (char c)
{
  if (c >= '0' && c <= '9')
    return c - '0';
  if (c >= 'A' && c <= 'Z')
    return c - 'A' + 10;
  if (c >= 'a' && c <= 'z')
    return c - 'a' + 36;
  return -1;
}

static int
integer_length (char head)
{
  if (head >= 'a' && head <= 'z')
    return head - 'a' + 2;
  if (head >= 'A' && head <= 'Z')
    return 'Z' - head + 2;
  return -1;
}

gboolean
tandem_rank_is_valid (const char *rank)
{
  size_t len;
  int ilen;

  if (rank == NULL || rank[0] == '\0')
    return FALSE;

  len = strlen (rank);
  ilen = integer_length (rank[0]);
  if (ilen < 0 || (size_t) ilen > len)
    return FALSE;
  for (size_t i = 1; i < len; i++)
    if (digit_index (rank[i]) < 0)
      return FALSE;
  if (len > (size_t) ilen && rank[len - 1] == '0')
    return FALSE;
  return strcmp (rank, SMALLEST_INTEGER) != 0;
}

/* The fraction strictly between @a and @b (NULL: one past the end). */
static char *
midpoint (const char *a,
          const char *b)
{
  int da, db;

  g_assert (a != NULL);

  if (b != NULL)
    {
      size_t la = strlen (a);
      size_t n = 0;

      /* The common prefix, reading @a as padded with zeros. */
      while (b[n] != '\0' && (n < la ? a[n] : '0') == b[n])
        n++;
      if (n > 0)
        {
          g_autofree char *prefix = g_strndup (b, n);
          g_autofree char *rest = midpoint (la > n ? a + n : "", b + n);

          return g_strconcat (prefix, rest, NULL);
        }
    }

  da = a[0] != '\0' ? digit_index (a[0]) : 0;
  db = b != NULL ? digit_index (b[0]) : BASE;

  if (db - da > 1)
    return g_strndup (&digits[(da + db + 1) / 2], 1);

  if (b != NULL && strlen (b) > 1)
    return g_strndup (b, 1);

  {
    g_autofree char *rest = midpoint (a[0] != '\0' ? a + 1 : "", NULL);
    return g_strdup_printf ("%c%s", digits[da], rest);
  }
}

static char *
increment_integer (const char *x)
{
  int len = integer_length (x[0]);
  g_autofree char *d = g_strndup (x + 1, len - 1);
  char head = x[0];

  for (int i = len - 2; i >= 0; i--)
    {
      int v = digit_index (d[i]) + 1;

      if (v < BASE)
        {
          d[i] = digits[v];
          return g_strdup_printf ("%c%s", head, d);
        }
      d[i] = '0';
    }

  if (head == 'Z')
    return g_strdup ("a0");
  if (head == 'z')
    return NULL;
  head++;
  if (head > 'a')
    return g_strdup_printf ("%c%s0", head, d);
  d[len - 2] = '\0';
  return g_strdup_printf ("%c%s", head, d);
}

static char *
decrement_integer (const char *x)
{
  int len = integer_length (x[0]);
  g_autofree char *d = g_strndup (x + 1, len - 1);
  char head = x[0];

  for (int i = len - 2; i >= 0; i--)
    {
      int v = digit_index (d[i]) - 1;

      if (v >= 0)
        {
          d[i] = digits[v];
          return g_strdup_printf ("%c%s", head, d);
        }
      d[i] = 'z';
    }

  if (head == 'a')
    return g_strdup ("Zz");
  if (head == 'A')
    return NULL;
  head--;
  if (head < 'Z')
    return g_strdup_printf ("%c%sz", head, d);
  d[len - 2] = '\0';
  return g_strdup_printf ("%c%s", head, d);
}

/**
 * tandem_rank_between:
 * @before: (nullable): the rank to sort after, or %NULL for the start
 * @after: (nullable): the rank to sort before, or %NULL for the end
 *
 * Returns: (transfer full) (nullable): a rank that sorts strictly between
 *   @before and @after, or %NULL when they are invalid or out of order.
 */
char *
tandem_rank_between (const char *before,
                     const char *after)
{
  g_autofree char *ia = NULL;
  g_autofree char *ib = NULL;
  g_autofree char *mid = NULL;
  char *next;

  if ((before != NULL && !tandem_rank_is_valid (before)) ||
      (after != NULL && !tandem_rank_is_valid (after)))
    return NULL;
  if (before != NULL && after != NULL && strcmp (before, after) >= 0)
    return NULL;

  if (before == NULL && after == NULL)
    return g_strdup ("a0");

  if (before == NULL)
    {
      const char *fb;

      ib = g_strndup (after, integer_length (after[0]));
      fb = after + strlen (ib);
      if (strcmp (ib, SMALLEST_INTEGER) == 0)
        {
          mid = midpoint ("", fb);
          return g_strconcat (ib, mid, NULL);
        }
      if (fb[0] != '\0')
        return g_steal_pointer (&ib);
      return decrement_integer (ib);
    }

  ia = g_strndup (before, integer_length (before[0]));

  if (after == NULL)
    {
      next = increment_integer (ia);
      if (next != NULL)
        return next;
      mid = midpoint (before + strlen (ia), NULL);
      return g_strconcat (ia, mid, NULL);
    }

  ib = g_strndup (after, integer_length (after[0]));
  if (strcmp (ia, ib) == 0)
    {
      mid = midpoint (before + strlen (ia), after + strlen (ib));
      return g_strconcat (ia, mid, NULL);
    }

  next = increment_integer (ia);
  if (next != NULL && strcmp (next, after) < 0)
    return next;
  g_free (next);
  mid = midpoint (before + strlen (ia), NULL);
  return g_strconcat (ia, mid, NULL);
}

static void
fill_between (char       **out,
              const char  *before,
              const char  *after,
              guint        n)
{
  guint half = n / 2;

  if (n == 0)
    return;
  out[half] = tandem_rank_between (before, after);
  fill_between (out, before, out[half], half);
  fill_between (out + half + 1, out[half], after, n - half - 1);
}

/**
 * tandem_rank_sequence:
 * @before: (nullable): the rank to sort after
 * @after: (nullable): the rank to sort before
 * @n: how many ranks
 *
 * Returns: (transfer full) (nullable): %NULL-terminated, ascending ranks, all
 *   strictly between @before and @after and as short as they can be.
 */
char **
tandem_rank_sequence (const char *before,
                      const char *after,
                      guint       n)
{
  char **out;
  g_autofree char *probe = tandem_rank_between (before, after);

  if (probe == NULL)
    return NULL;

  out = g_new0 (char *, n + 1);
  if (after == NULL)
    {
      const char *prev = before;

      for (guint i = 0; i < n; i++)
        prev = out[i] = tandem_rank_between (prev, NULL);
    }
  else if (before == NULL)
    {
      const char *next = after;

      for (guint i = n; i > 0; i--)
        next = out[i - 1] = tandem_rank_between (NULL, next);
    }
  else
    fill_between (out, before, after, n);

  return out;
}
