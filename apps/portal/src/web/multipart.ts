import type { NextFunction, Request, Response } from 'express';
import multer from 'multer';

/** The consultation response form's file field, and how many files the portal reads at most (the comments service's own limit is lower; it answers 413 with it). */
export const RESPONSE_FILES_FIELD = 'bijlagen';
export const RESPONSE_FILES_MAX = 10;

/** A file a person chose in a form: its bytes and the name it had on their computer. */
export interface PostedFile {
  fileName: string;
  contentType: string;
  bytes: Buffer;
}

/** Why the files of a form were not read whole (the page says so at the file field). */
export type UploadProblem = 'too-large' | 'too-many';

export type RequestWithFiles = Request & { postedFiles?: PostedFile[]; uploadProblem?: UploadProblem };

/**
 * The largest file the portal reads at all (the service that keeps it has its own, lower limit and
 * answers 413 with it): enough for any limit the comments service can be set to (50 MiB).
 */
const PORTAL_FILE_CAP = 50 * 1024 * 1024;

/**
 * Reads a form sent as multipart/form-data (a form with a file field: works without JavaScript)
 * into `req.body` like the urlencoded parser does — before the page middleware, which checks the
 * CSRF field in it — and its files into `req.postedFiles`, in memory. A file over the cap or too
 * many files do not fail the request: the fields read so far are kept (the form puts its CSRF field
 * first) and `req.uploadProblem` tells the page, which shows it at the file field.
 */
export function multipartForm(field: string, maxFiles: number) {
  const upload = multer({
    storage: multer.memoryStorage(),
    defParamCharset: 'utf8',
    limits: { fileSize: PORTAL_FILE_CAP, files: maxFiles, fields: 200, fieldSize: 200 * 1024 },
  }).array(field, maxFiles);
  return (req: RequestWithFiles, res: Response, next: NextFunction): void => {
    if (req.method !== 'POST' || !req.is('multipart/form-data')) return next();
    upload(req, res, (err?: unknown) => {
      if (err instanceof multer.MulterError) {
        req.uploadProblem = err.code === 'LIMIT_FILE_SIZE' ? 'too-large' : 'too-many';
        req.body = req.body ?? {};
      } else if (err) return next(err);
      // An empty file input still sends one part with no name and no bytes: not a file.
      req.postedFiles = ((req.files as Express.Multer.File[] | undefined) ?? [])
        .filter((f) => f.originalname && f.size > 0)
        .map((f) => ({ fileName: f.originalname, contentType: f.mimetype, bytes: f.buffer }));
      next();
    });
  };
}
