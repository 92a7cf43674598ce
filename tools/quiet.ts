// virtual-alexa loads AWS SDK v2, which prints an end-of-support notice on load; the console and
// tests never use it, so the notice is only noise. Imported first, before virtual-alexa.
process.env.AWS_SDK_JS_SUPPRESS_MAINTENANCE_MODE_MESSAGE = '1';
