/* bench-first-frame.c
 *
 * Copyright 2026 The Tandem developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * bench-first-frame TIMEOUT COMMAND [ARGUMENT…]
 *
 * Starts COMMAND and prints how many milliseconds passed until it first drew
 * into a top-level window, then ends it.  The first damage (X DAMAGE
 * extension) to a newly mapped top-level window is the first frame as the X
 * server sees it, measured the same way for any program, so that start-up
 * times of different applications compare fairly.  Exits 1 when nothing was
 * drawn within TIMEOUT seconds; aborts when what it saw is not a frame (an
 * empty damage) or the program did not end well: by SIGTERM as asked, or
 * by exiting with status 0 (Tandem's --exit-after-startup) — not a crash.
 */

#include "config.h"

#include <X11/Xlib.h>
#include <X11/extensions/Xdamage.h>
#include <glib.h>
#include <signal.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/select.h>
#include <sys/wait.h>

extern char **environ;

static void
stop (pid_t pid)
{
  int status;

  /* A program that already exited is not reaped yet, so the kill finds it. */
  g_assert_cmpint (kill (pid, SIGTERM), ==, 0);
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  g_assert_true ((WIFSIGNALED (status) && WTERMSIG (status) == SIGTERM) ||
                 (WIFEXITED (status) && WEXITSTATUS (status) == 0));
}

int
main (int    argc,
      char **argv)
{
  Display *display;
  Window root;
  int damage_event, damage_error;
  gint64 start, deadline;
  pid_t pid;

  if (argc < 3)
    {
      fprintf (stderr, "usage: bench-first-frame TIMEOUT COMMAND [ARGUMENT…]\n");
      return 2;
    }
  display = XOpenDisplay (NULL);
  if (display == NULL || !XDamageQueryExtension (display, &damage_event, &damage_error))
    {
      fprintf (stderr, "bench-first-frame: no X display with the DAMAGE extension\n");
      return 2;
    }
  root = DefaultRootWindow (display);
  XSelectInput (display, root, SubstructureNotifyMask);
  XSync (display, False);

  start = g_get_monotonic_time ();
  deadline = start + (gint64) (g_ascii_strtod (argv[1], NULL) * G_USEC_PER_SEC);
  if (posix_spawnp (&pid, argv[2], NULL, NULL, argv + 2, environ) != 0)
    {
      perror ("bench-first-frame: cannot start the command");
      return 2;
    }

  while (g_get_monotonic_time () < deadline)
    {
      XEvent event;

      if (XPending (display) == 0)
        {
          int fd = ConnectionNumber (display);
          gint64 left = deadline - g_get_monotonic_time ();
          struct timeval timeout = { left / G_USEC_PER_SEC, left % G_USEC_PER_SEC };
          fd_set fds;

          FD_ZERO (&fds);
          FD_SET (fd, &fds);
          if (left <= 0 || select (fd + 1, &fds, NULL, NULL, &timeout) <= 0)
            continue;
          if (XPending (display) == 0)
            continue;
        }
      XNextEvent (display, &event);

      /* Watch windows from their creation, so that no drawing is missed. */
      if (event.type == CreateNotify && !event.xcreatewindow.override_redirect)
        XDamageCreate (display, event.xcreatewindow.window, XDamageReportNonEmpty);
      else if (event.type == damage_event + XDamageNotify)
        {
          XDamageNotifyEvent *damage = (XDamageNotifyEvent *) &event;

          /* A frame: something drawn, into a window of some size. */
          g_assert_cmpint (damage->area.width, >, 0);
          g_assert_cmpint (damage->area.height, >, 0);
          g_assert_cmpint (damage->geometry.width, >, 0);
          g_assert_cmpint (damage->geometry.height, >, 0);
          printf ("%.1f\n", (g_get_monotonic_time () - start) / 1000.0);
          stop (pid);
          return 0;
        }
    }

  fprintf (stderr, "bench-first-frame: %s drew nothing within %s s\n", argv[2], argv[1]);
  stop (pid);
  return 1;
}
